"""``python -m multivector``: the same command line as the ``multivector`` script."""

from multivector.cli import main

if __name__ == "__main__":
    main()
