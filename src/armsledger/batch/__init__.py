"""Crawl scale: the ordered local worker pool, the Spark batch job and its Parquet layout.

`local.extract_ordered` is what `--jobs N` uses; `spark.run_batch` needs the `spark`
extra and is imported only by the `batch` command.
"""

from armsledger.batch.local import Extracted, extract_ordered

__all__ = ["Extracted", "extract_ordered"]
