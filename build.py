#!/usr/bin/env python3
"""Build the Slant site: `python build.py [build|import|serve] ...` (see README.md)."""

import sys

from slant.cli import main

if __name__ == "__main__":
    sys.exit(main())
