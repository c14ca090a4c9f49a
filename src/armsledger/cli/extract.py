"""`armsledger extract`: write claims as JSONL, JSON or a table."""
