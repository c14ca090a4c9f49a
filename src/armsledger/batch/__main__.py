"""`spark-submit .../armsledger/batch/__main__.py INPUT... --out DIR`: the batch command.

Also `python -m armsledger.batch INPUT... --out DIR`, the same as `armsledger batch`.
"""

import sys

from armsledger.cli.main import main

if __name__ == "__main__":
    sys.argv[1:1] = ["batch"]
    main()
