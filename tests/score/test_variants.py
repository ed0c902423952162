"""Tests for scripts/generate-variants: same seed, same bytes; expected records agree with the drawn text.
Run: /usr/bin/python3 -m unittest discover -s tests/score"""

import json
import os
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GENERATE = os.path.join(ROOT, "scripts", "generate-variants")
KINDS = "pdf,gs,cairo,layout"


def generate(out, *extra):
    subprocess.run(["/usr/bin/python3", GENERATE, "--layout", "annex", "--seed", "1001", "--out", out,
                    "--kind", KINDS, *extra], check=True, capture_output=True)
    return {name: open(os.path.join(out, name), "rb").read() for name in sorted(os.listdir(out))}


class Variants(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.first = generate(os.path.join(cls.tmp.name, "a"))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_same_seed_same_bytes(self):
        second = generate(os.path.join(self.tmp.name, "b"))
        self.assertEqual(sorted(self.first), sorted(second))
        for name, data in self.first.items():
            self.assertEqual(data, second[name], name)
        self.assertEqual(len(self.first), 3 * len(KINDS.split(",")))

    def test_expected_ids_are_in_the_text(self):
        text = self.first["annex-1001-layout.txt"].decode()
        recs = [json.loads(x) for x in self.first["annex-1001-pdf.expected.jsonl"].decode().splitlines()]
        self.assertGreaterEqual(len(recs), 20)
        for rec in recs:
            self.assertIn(rec["measure_id"], text)
            self.assertEqual(rec["source"]["method"], "text")
            self.assertTrue(rec["source"]["pages"])

    def test_text_kind_records_have_no_pages(self):
        recs = [json.loads(x) for x in self.first["annex-1001-layout.expected.jsonl"].decode().splitlines()]
        self.assertTrue(all(r["source"]["method"] == "plain" and r["source"]["pages"] == [] for r in recs))
        self.assertEqual({r["source"]["file"] for r in recs}, {"annex-1001-layout.txt"})

    def test_set_pins_an_axis(self):
        out = os.path.join(self.tmp.name, "pinned")
        subprocess.run(["/usr/bin/python3", GENERATE, "--layout", "m22", "--seed", "1001", "--out", out,
                        "--set", "header=same-line", "--set", "size=7"], check=True, capture_output=True)
        axes = json.load(open(os.path.join(out, "m22-1001-pdf.axes.json")))
        self.assertEqual((axes["header"], axes["size"]), ("same-line", 7))

    def test_bad_layout_is_a_usage_error(self):
        r = subprocess.run(["/usr/bin/python3", GENERATE, "--layout", "m99", "--seed", "1", "--out", self.tmp.name],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 2)
        self.assertIn("unknown layout", r.stderr)


if __name__ == "__main__":
    unittest.main()
