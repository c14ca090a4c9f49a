"""Dossiers (Markdown and self-contained HTML) and the SVG charts the web pages share."""
