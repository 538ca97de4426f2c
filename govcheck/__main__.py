from govcheck.cli import main

main()
