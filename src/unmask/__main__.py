from unmask.cli.main import run

run()
