#!/usr/bin/env python3
"""Random edits against the rebuild: after each, an incremental build must
give the same bytes as a fresh build of the same content.

    python3 Benchmarks/rebuild-check.py THANRAK CONTENT [--rounds N] [--seed S] [--work DIR]

CONTENT is copied (never edited). Each round makes one random edit of a
kind a plan writer makes (members, a trade's goods, a network joined or
left, a move to another tambon, a name, a story, an indicator value, an
indicator's goal, a trade dropped), rebuilds the same output folder, builds
a fresh folder and compares the two file by file (`.thanrak` aside).
Prints each edit with the files the rebuild wrote and reused; exits 1 at
the first difference, listing the stale files.

Standard library only. The same seed gives the same edits.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import random
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True


def build(thanrak: str, content: str, output: str) -> str:
    run = subprocess.run([thanrak, "build", "--content", content, "--output", output],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"build failed ({run.returncode}):\n{run.stderr}")
    return run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""


def differences(a: str, b: str) -> list[str]:
    """Files present in one tree only or with different bytes."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + n for n in cmp.left_only + cmp.right_only if n != ".thanrak")
        for name in cmp.common_files:
            if name != ".thanrak" and not filecmp.cmp(os.path.join(cmp.left, name), os.path.join(cmp.right, name), shallow=False):
                found.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(a, b), "")
    return sorted(found)


class Editor:
    def __init__(self, content: str, rng: random.Random):
        self.content = content
        self.rng = rng
        self.communities = sorted(os.listdir(os.path.join(content, "communities")))
        self.networks = sorted(n[:-5] for n in os.listdir(os.path.join(content, "networks")) if n.endswith(".yaml"))

    def path(self, cid: str, name: str) -> str:
        return os.path.join(self.content, "communities", cid, name)

    def read(self, path: str) -> str:
        with open(path, encoding="utf-8") as f:
            return f.read()

    def write(self, path: str, text: str) -> None:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def sub(self, cid: str, name: str, pattern: str, replace, count: int = 1) -> bool:
        path = self.path(cid, name)
        if not os.path.exists(path):
            return False
        text = self.read(path)
        new, n = re.subn(pattern, replace, text, count=count, flags=re.M)
        if n == 0 or new == text:
            return False
        self.write(path, new)
        return True

    # Each edit returns a description, or None when it did not apply.
    def members(self, cid):
        n = self.rng.randint(5, 900)
        return f"{cid}: members {n}" if self.sub(cid, "community.yaml", r"^members: \d+", f"members: {n}") else None

    def goods(self, cid):
        word = self.rng.choice(["ผ้าซิ่น", "ข้าวเปลือก", "ปลาร้า", "น้ำผึ้ง"])
        return f"{cid}: trade goods {word}" if self.sub(cid, "community.yaml", r"(sells|buys): \{th: [^,]*,", rf"\1: {{th: {word},") else None

    def network(self, cid):
        other = self.rng.choice(self.networks)
        path = self.path(cid, "community.yaml")
        text = self.read(path)
        m = re.search(r"^networks: \[(.*)\]$", text, flags=re.M)
        if not m:
            return None
        names = [n.strip() for n in m.group(1).split(",") if n.strip()]
        names = [n for n in names if n != other] if other in names else names + [other]
        self.write(path, text[:m.start()] + "networks: [" + ", ".join(names) + "]" + text[m.end():])
        return f"{cid}: networks [{', '.join(names)}]"

    def move(self, cid):
        donor = self.rng.choice(self.communities)
        loc = re.search(r"^  tambon: .*\n  amphoe: .*\n  changwat: .*$", self.read(self.path(donor, "community.yaml")), flags=re.M)
        if not loc or donor == cid:
            return None
        return f"{cid}: moved to {donor}'s tambon" if self.sub(cid, "community.yaml", r"^  tambon: .*\n  amphoe: .*\n  changwat: .*$", loc.group(0).replace("\\", "\\\\")) else None

    def name(self, cid):
        return f"{cid}: renamed" if self.sub(cid, "community.yaml", r"^name: \{th: ([^,]*),", r"name: {th: \1 ใหม่,") else None

    def story(self, cid):
        path = self.path(cid, "index.md")
        if not os.path.exists(path):
            return None
        self.write(path, self.read(path) + "\nบันทึกเพิ่มเติมหลังการประชุม\n")
        return f"{cid}: story extended"

    def measurement(self, cid):
        v = self.rng.randint(1, 500)
        return f"{cid}: measurement {v}" if self.sub(cid, "indicators.yaml", r"(- \{year: \d+, value: )[\d.]+", rf"\g<1>{v}") else None

    def goal(self, cid):
        target = self.rng.choice(["1.2", "2.3", "6.4", "13.1", "17.17"])
        return f"{cid}: indicator goal {target}" if self.sub(cid, "indicators.yaml", r'^  sdg: \[[^\]]*\]', f'  sdg: ["{target}"]') else None

    def drop_trade(self, cid):
        return f"{cid}: a trade dropped" if self.sub(cid, "community.yaml", r"^  - with: .*\n    (sells|buys): .*\n", "") else None

    def one(self) -> str:
        kinds = [self.members, self.goods, self.network, self.move, self.name, self.story, self.measurement, self.goal, self.drop_trade]
        while True:
            done = self.rng.choice(kinds)(self.rng.choice(self.communities))
            if done:
                return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("thanrak")
    parser.add_argument("content")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", default="/tmp/thanrak-rebuild-check")
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    content = os.path.join(args.work, "content")
    shutil.copytree(args.content, content)
    incremental, fresh = os.path.join(args.work, "incremental"), os.path.join(args.work, "fresh")
    build(args.thanrak, content, incremental)
    editor = Editor(content, random.Random(args.seed))
    for round_ in range(1, args.rounds + 1):
        edit = editor.one()
        summary = build(args.thanrak, content, incremental)
        shutil.rmtree(fresh, ignore_errors=True)
        build(args.thanrak, content, fresh)
        stale = differences(incremental, fresh)
        print(f"{round_:3} {edit}\n    {summary}")
        if stale:
            print(f"    STALE ({len(stale)}): " + ", ".join(stale[:20]))
            return 1
    print(f"{args.rounds} edits: every rebuild equals a fresh build")
    return 0


if __name__ == "__main__":
    sys.exit(main())
