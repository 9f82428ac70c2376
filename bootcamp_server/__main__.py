from bootcamp_server.cli import main

raise SystemExit(main())
