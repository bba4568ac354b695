"""`python -m briefcli`: the same as the `briefcli` command."""

from briefcli.cli import main

main()
