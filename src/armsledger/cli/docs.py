"""`armsledger docs`: list what was read."""
