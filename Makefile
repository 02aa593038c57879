# NightOut Desk — the two commands: `make run` and `make test` (plus `make bench`).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# Debian packages the tests need: a PostgreSQL server for the multi-laptop tests, poppler to turn PDFs into images,
# Qt's runtime libraries for the offscreen platform, and a real X server (Xvfb, openbox, xdotool, Qt's xcb
# libraries, imagemagick's `import` for screenshots) for the test that drives the real program with real keys, and a
# real print system (CUPS, its IPP tool, the CUPS-PDF backend and Ghostscript) that the printing tests start privately,
# the accessibility bus (dbus, at-spi2-core, pyatspi for the system python) a test reads the screens over,
# and what the bundle's build uses on Linux (binutils' objcopy/objdump/strip, ICU's icupkg and a C compiler to make the
# smaller ICU data library, tools/icu_data.py).
DEB_BUNDLE_PKGS := binutils gcc icu-devtools
DEB_TEST_PKGS := postgresql poppler-utils qpdf libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
	cups cups-bsd cups-client cups-ipp-utils printer-driver-cups-pdf ghostscript \
	xvfb xdotool openbox imagemagick libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-xinerama0 dbus-daemon at-spi2-core python3-pyatspi $(DEB_BUNDLE_PKGS)

.PHONY: run test bench lint clean deb-test-packages deb-bundle-packages bundle translations

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP) $@

# The screens' translations: resources/translations/*/*.ts compiled to .qm beside them (tools/translations.py).
translations: $(STAMP)
	$(BIN)/python tools/translations.py compile

run: $(STAMP) translations
	$(BIN)/python -m nightout_desk $(ARGS)

define install-debs
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

deb-test-packages:
	$(call install-debs,$(DEB_TEST_PKGS))

deb-bundle-packages:
	$(call install-debs,$(DEB_BUNDLE_PKGS))

test: deb-test-packages $(TEST_STAMP) translations
	$(BIN)/ruff check .  # a lint error fails the suite, as a failing test does
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(TEST_STAMP)
	@for b in benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# The one-folder bundle for the event laptops: dist/NightOutDesk/ (NightOutDesk, and nightout-desk for the command
# line); tests/test_bundle.py builds it the same way and runs it.
bundle: deb-bundle-packages $(TEST_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	@du -sh dist/NightOutDesk

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
