import sys

from bootcamp_desktop.cli import main

sys.exit(main())
