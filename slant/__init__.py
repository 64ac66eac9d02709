"""Slant: score how several outlets frame the same story and publish the comparison as a site."""

__version__ = "0.1.0"
