"""Files the app reads at run time (fonts, icons, sample files), installed as the package `nightout_desk.resources`.

The folder stays at the top of the repository; setup.py maps it into the package (editable and wheel installs) and
build.spec copies it to `nightout_desk/resources` in the PyInstaller bundle. Read it with
`nightout_desk.config.resource(...)`, never by a path relative to a source file. This file makes it a regular package:
setuptools' editable finder cannot map a namespace package kept outside the package's folder.
"""
