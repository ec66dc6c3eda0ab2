"""Files the application needs at run time: schema, templates, translations, icons, the example.

They live inside the package so that a checkout, an installed wheel and a frozen application
find them the same way (`orgdesigner.resources`, through importlib.resources).
"""
