"""A real print system for the tests: our own cupsd on a private socket, with two queues that write PDF files.

Why: "printed right" means what a print system makes of the job — its page size, its page ranges and copies, its
refusal — not what a QPrinter set to PDF output draws. So the printing tests send jobs through CUPS exactly as a
laptop does (`lp`, Qt's CUPS plugin), to queues whose output is a file we can read back:

- ``AnyPaper`` (`ANY_PAPER`): the CUPS-PDF driver's PPD, which takes every page size (custom sizes too);
- ``LetterOnly`` (`LETTER_ONLY`): a PPD written here, an office laser that has Letter paper only, with 0.25"
  unprintable margins (ImageableArea 18 18 594 774) and duplex; the default printer, as an office's laser is.

Both print through CUPS' own filters (pdftopdf, pdftops) to a backend that turns the PostScript back into a PDF with
Ghostscript: as root (CI) the CUPS-PDF backend itself, which refuses to run without root; as a normal user a
ten-line backend of ours doing the same (`gs -sDEVICE=pdfwrite`), in a private copy of the server's bin folder. The
output, one PDF per job named ``…job_<id>.pdf``, lands in ``root/out``.

Everything lives in one temporary folder (cupsd.conf, cups-files.conf, spool, cache, logs, PPDs, output); the tests'
process and its children find the server through ``CUPS_SERVER`` (the socket's path), which libcups — and so Qt's
QPrinterInfo — reads when it first connects in a thread. conftest.py sets it at import, before any Qt code runs, so
a test never sees this machine's own printers. CUPS-PDF reads its settings only from /etc/cups (the file named
after the device URI, ``cups-pdf-<token>.conf``): as root that one file is written there and removed at `stop()`.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ANY_PAPER = "AnyPaper"
LETTER_ONLY = "LetterOnly"
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
SYSTEM_BIN = Path("/usr/lib/cups")
CUPS_PDF_CONF_DIR = Path("/etc/cups")

LETTER_ONLY_PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "LETTERON.PPD"
*Manufacturer: "NightOut Tests"
*Product: "(Letter-only laser)"
*ModelName: "NightOut Letter-only laser"
*ShortNickName: "NightOut Letter-only laser"
*NickName: "NightOut Letter-only laser, 0.25in margins"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: True
*DefaultColorSpace: RGB
*FileSystem: False
*Throughput: "20"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*OpenUI *Resolution/Resolution: PickOne
*OrderDependency: 10 AnySetup *Resolution
*DefaultResolution: 600dpi
*Resolution 600dpi/600 dpi: "<</HWResolution[600 600]>>setpagedevice"
*CloseUI: *Resolution
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: Letter
*PageSize Letter/US Letter: "<</PageSize[612 792]/ImagingBBox null>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *PageRegion: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: Letter
*PageRegion Letter/US Letter: "<</PageSize[612 792]/ImagingBBox null>>setpagedevice"
*CloseUI: *PageRegion
*DefaultImageableArea: Letter
*ImageableArea Letter/US Letter: "18 18 594 774"
*DefaultPaperDimension: Letter
*PaperDimension Letter/US Letter: "612 792"
*OpenUI *Duplex/2-Sided Printing: PickOne
*OrderDependency: 10 AnySetup *Duplex
*DefaultDuplex: None
*Duplex None/Off: "<</Duplex false>>setpagedevice"
*Duplex DuplexNoTumble/Long Edge: "<</Duplex true/Tumble false>>setpagedevice"
*Duplex DuplexTumble/Short Edge: "<</Duplex true/Tumble true>>setpagedevice"
*CloseUI: *Duplex
*DefaultFont: Courier
*Font Courier: Standard "(002.004S)" Standard ROM
"""

# As a normal user: what CUPS-PDF does, minus the root-only parts (device URI nightout-pdf:/OUTPUT/FOLDER).
OWN_BACKEND = """#!/bin/sh
if [ $# -eq 0 ]; then echo 'file nightout-pdf "Unknown" "NightOut test PDF writer"'; exit 0; fi
out="${DEVICE_URI#nightout-pdf:}"
if [ -n "$6" ]; then src="$6"; else src=-; fi
exec gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dAutoRotatePages=/None \\
  -sOutputFile="$out/job_$1.pdf" "$src" >&2
"""

CUPSD_CONF = """Listen {socket}
LogLevel info
Browsing No
WebInterface No
DefaultAuthType None
PreserveJobHistory Yes
PreserveJobFiles No
MaxJobs 0
ErrorPolicy abort-job
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """ServerRoot {root}/conf
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
ServerBin {server_bin}
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
FileDevice No
Printcap {root}/printcap
{user_lines}"""

CUPS_PDF_CONF = """Out {out}
AnonDirName {out}
Spool {root}/cups-pdf-spool
Log {root}/log
LogType 3
Label 2
Grp root
UserUMask 0022
"""

GET_JOBS = """{
  OPERATION Get-Jobs
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR keyword which-jobs all
  ATTR keyword requested-attributes job-id,job-name,job-state,job-printer-uri,copies,page-ranges,media,sides
  STATUS successful-ok
  DISPLAY job-id
  DISPLAY job-name
  DISPLAY job-state
  DISPLAY copies
  DISPLAY page-ranges
  DISPLAY media
  DISPLAY sides
}
"""


_STATES = {"pending": 3, "pending-held": 4, "processing": 5, "processing-stopped": 6, "canceled": 7, "aborted": 8,
           "completed": 9}


@dataclass(frozen=True)
class Job:
    id: int
    queue: str
    name: str
    state: int  # IPP job-state: 9 completed, 7 canceled, 8 aborted
    attributes: dict[str, str]


class PrintSystem:
    """`start()` a private cupsd with the two queues; `stop()` ends it and removes everything it wrote."""

    def __init__(self, socket: Path | None = None) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="nightout-cups-"))
        self.root.chmod(0o755)  # CUPS runs its filters as the `lp` user, which must reach the spool
        self.socket = socket or self.root / "cups.sock"
        self.out = self.root / "out"
        self.as_root = os.geteuid() == 0
        self.token = uuid.uuid4().hex[:12]
        self.cups_pdf_conf = CUPS_PDF_CONF_DIR / f"cups-pdf-nightout{self.token}.conf"
        self.process: subprocess.Popen | None = None

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def start(self) -> PrintSystem:
        for name in ("conf", "cache", "state", "log", "out", "cups-pdf-spool", "ppd"):
            (self.root / name).mkdir()
        self.out.chmod(0o777 if not self.as_root else 0o755)
        server_bin = SYSTEM_BIN if self.as_root else self._own_server_bin()
        user_lines = "" if self.as_root else f"SystemGroup {_group_name()}\n"
        (self.root / "cupsd.conf").write_text(CUPSD_CONF.format(socket=self.socket))
        (self.root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=self.root, server_bin=server_bin,
                                                                          user_lines=user_lines))
        letter_ppd = self.root / "ppd" / "letter-only.ppd"
        letter_ppd.write_text(LETTER_ONLY_PPD, encoding="latin-1")
        log = (self.root / "log" / "cupsd.out").open("wb")
        self.process = subprocess.Popen(["cupsd", "-f", "-c", str(self.root / "cupsd.conf"),
                                         "-s", str(self.root / "cups-files.conf")],
                                        stdout=log, stderr=subprocess.STDOUT, env=self.env)
        self._wait_for_scheduler()
        if self.as_root:
            self.cups_pdf_conf.write_text(CUPS_PDF_CONF.format(out=self.out, root=self.root))
            uri = f"cups-pdf:/nightout{self.token}"
        else:
            uri = f"nightout-pdf:{self.out}"
        self.lpadmin(ANY_PAPER, uri, CUPS_PDF_PPD)
        self.lpadmin(LETTER_ONLY, uri, letter_ppd)
        subprocess.run(["lpadmin", "-d", LETTER_ONLY], env=self.env, check=True, capture_output=True)  # as in an office
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.cups_pdf_conf.unlink(missing_ok=True)
        self.socket.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)

    # --- set-up --------------------------------------------------------------------------------------------------
    def _own_server_bin(self) -> Path:
        """A copy of /usr/lib/cups made of links, with our backend added (cupsd runs backends from ServerBin)."""
        server_bin = self.root / "bin"
        (server_bin / "backend").mkdir(parents=True)
        for entry in SYSTEM_BIN.iterdir():
            if entry.name != "backend":
                (server_bin / entry.name).symlink_to(entry)
        backend = server_bin / "backend" / "nightout-pdf"
        backend.write_text(OWN_BACKEND)
        backend.chmod(0o755)
        return server_bin

    def _wait_for_scheduler(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"cupsd stopped at start: {self.log_tail()}")
            done = subprocess.run(["lpstat", "-r"], env=self.env, capture_output=True, text=True)
            if self.socket.exists() and "is running" in done.stdout:
                return
            time.sleep(0.1)
        raise RuntimeError(f"cupsd did not start within 20 s: {self.log_tail()}")

    def lpadmin(self, queue: str, uri: str, ppd: Path) -> None:
        subprocess.run(["lpadmin", "-p", queue, "-E", "-v", uri, "-P", str(ppd),
                        "-o", "printer-error-policy=abort-job"], env=self.env, check=True, capture_output=True)

    def log_tail(self, lines: int = 30) -> str:
        texts = []
        for name in ("cupsd.out", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                texts += path.read_text(errors="replace").splitlines()[-lines:]
        return "\n".join(texts)

    # --- what the tests read back --------------------------------------------------------------------------------
    def jobs(self, queue: str) -> list[Job]:
        test = self.root / "get-jobs.test"
        test.write_text(GET_JOBS)
        done = subprocess.run(["ipptool", "-c", f"ipp://{_quoted(self.socket)}/printers/{queue}", str(test)],
                              env=self.env, capture_output=True, text=True, check=True)
        rows = list(csv.DictReader(io.StringIO(done.stdout)))
        return [Job(int(r["job-id"]), queue, r.get("job-name", ""), _STATES.get(r.get("job-state", ""), 0),
                    {k: v for k, v in r.items() if v})
                for r in rows if (r.get("job-id") or "").isdigit()]

    def output(self, job_id: int, timeout: float = 60) -> Path:
        """The PDF the queue wrote for this job, once the job is completed (a failed job fails the test)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            states = {j.id: j.state for q in (ANY_PAPER, LETTER_ONLY) for j in self.jobs(q)}
            state = states.get(job_id)
            if state in (7, 8):
                raise AssertionError(f"job {job_id} was not printed (state {state}): {self.log_tail()}")
            found = sorted(self.out.rglob(f"*job_{job_id}.pdf"))
            if state == 9 and found and found[0].stat().st_size:
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"job {job_id} not printed within {timeout} s: {self.log_tail()}")


def _quoted(path: Path) -> str:
    return str(path).replace("/", "%2F")


def _group_name() -> str:
    import grp

    return grp.getgrgid(os.getegid()).gr_name
