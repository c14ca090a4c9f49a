"""Thin command-line layer over the library. Only this package prints."""
