from millpond.cli import main

main()
