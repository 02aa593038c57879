"""Several laptops: merging one database's rows of an event into another (a laptop's file, a backup, the hub), and
the rules for what two laptops did while apart (docs/architecture.md, "Several laptops")."""
