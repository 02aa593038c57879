"""`python -m nightout_desk`: the same entry point as the `nightout-desk` command."""

from nightout_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
