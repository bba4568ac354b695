"""Sections: topical runs of sentences (their boundaries) and a short title for each."""

from briefcli.sections.boundaries import Span, find_sections

__all__ = ["Span", "find_sections"]
