"""`python -m pipeline.cli.main` runs the CLI (the `mirano` script points at the same app)."""

from pipeline.cli import app

if __name__ == "__main__":
    app()
