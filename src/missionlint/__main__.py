from missionlint.cli import main

main()
