"""Inputs: a file, standard input or a URL, read, decoded, its main text extracted and cleaned."""

from briefcli.inputs.clean import clean
from briefcli.inputs.decode import decode
from briefcli.inputs.extract import Extracted, extract
from briefcli.inputs.raw import MAX_INPUT_BYTES, RawInput
from briefcli.inputs.read import is_url, read_input

__all__ = [
    "MAX_INPUT_BYTES",
    "Extracted",
    "RawInput",
    "clean",
    "decode",
    "extract",
    "is_url",
    "read_input",
]
