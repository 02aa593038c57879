"""How close to the paper's edge our printouts put ink.

Office lasers and inkjets cannot print the outer 4–6.4 mm of a sheet (0.25″ is the common worst case), so colour
bands and running heads stop `EDGE` from every edge of a document page instead of bleeding off it: nothing of ours
needs to reach the edge, and what would be clipped there (a band's end, a running head's words) is kept.
`nightout_desk/printers/fit.py` checks the ink of every printout against the chosen printer's own margins.
Label stocks follow their die cuts instead (`printing/badges.py`).
"""

from __future__ import annotations

from reportlab.lib.units import inch

EDGE = 0.25 * inch
