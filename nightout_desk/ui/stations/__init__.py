"""The Stations screen, its panels and the station board (a full-screen window for a TV at the info booth)."""
