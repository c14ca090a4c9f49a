"""The spaCy pipeline, armsledger's own components, and the reference data they match."""
