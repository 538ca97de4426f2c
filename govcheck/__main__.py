from govcheck.cli import run

run()
