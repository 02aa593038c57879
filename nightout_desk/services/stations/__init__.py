"""Stations: their status, schedule, tallies, waivers, incidents, the station board and their CSV tables."""
