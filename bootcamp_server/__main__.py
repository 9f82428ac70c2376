from bootcamp_server.launch import main

raise SystemExit(main())
