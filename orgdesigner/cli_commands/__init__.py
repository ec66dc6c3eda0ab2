"""One module per `orgdesigner` subcommand, each with `register(subparsers)`."""
