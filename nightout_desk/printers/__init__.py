"""The print system: which printers this computer has, whether a printout's paper fits one, and sending it.

Its own layer beside `printing/` (which turns plain data into PDF files) because it is about hardware, not the
database: no sessions, no widgets. `ui/` and `commands/` both call it, so the window and the command line print the
same way: `catalogue` (the printers, their paper sizes and printable areas, read through Qt's QPrinterInfo, which on
Linux and macOS asks CUPS), `paper` (what a printout is printed on: a label stock, a sheet of labels or a document,
with where its ink lies), `fit` (the one decision "does this paper fit this printer", in a sentence when it does not)
and `jobs` (sending the app's own PDF: to CUPS as the PDF itself, so text and QR codes stay vectors, elsewhere
drawn at the printer's own resolution; always at 100 %).
"""
