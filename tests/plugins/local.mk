# Plugin driver tests, and deliberately broken plugins for the loader test.
