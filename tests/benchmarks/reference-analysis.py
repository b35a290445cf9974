#!/usr/bin/python3
"""The reference analysis for bench-analyze: what an analyst does with pandas to get
the dashboard's figures from the same review log. Reads the CSV, then computes the
override, disagreement, deference and changed-mind rates overall, by reviewer, by
hour of day (UTC), by queue, by daily volume (the 25th and 75th percentiles of the
per-review day volume) and by position within the reviewer's day, and the accuracy
of the model, the initial and the final decision where the outcome is known.
Prints the wall time in milliseconds (median of 3) on the last line.
    usage: reference-analysis.py REVIEWS.csv
"""
import sys
import time

import pandas as pd


def rates(frame):
    disagreed = frame["initial_decision"] != frame["ai_label"]
    return pd.Series({
        "n": len(frame),
        "override": (frame["final_decision"] != frame["ai_label"]).mean(),
        "disagreement": disagreed.mean(),
        "deference": (frame.loc[disagreed, "final_decision"]
                      == frame.loc[disagreed, "ai_label"]).mean(),
        "changed_mind": (frame["initial_decision"] != frame["final_decision"]).mean(),
    })


def analyse(path):
    log = pd.read_csv(path, parse_dates=["timestamp"])
    log["hour"] = log["timestamp"].dt.hour
    log["day"] = log["timestamp"].dt.date
    figures = {"overall": rates(log)}
    for column in ["reviewer_id", "hour", "queue"]:
        figures[column] = log.groupby(column).apply(rates)
    volume = log.groupby("day")["case_id"].transform("size")
    low, high = volume.quantile(0.25), volume.quantile(0.75)
    figures["busy"] = rates(log[volume > high])
    figures["quiet"] = rates(log[volume < low])
    log = log.sort_values(["reviewer_id", "timestamp"])
    log["ordinal"] = log.groupby(["reviewer_id", "day"]).cumcount() + 1
    figures["ordinal"] = log.groupby(pd.cut(log["ordinal"], [0, 10, 25, 50, 100, 1 << 30])).apply(rates)
    known = log[log["outcome"].notna()]
    figures["accuracy"] = pd.Series({
        "model": (known["ai_label"] == known["outcome"]).mean(),
        "initial": (known["initial_decision"] == known["outcome"]).mean(),
        "final": (known["final_decision"] == known["outcome"]).mean(),
    })
    return figures


def main():
    times = []
    for _ in range(3):
        start = time.perf_counter()
        figures = analyse(sys.argv[1])
        times.append((time.perf_counter() - start) * 1000)
    print(f"overall override rate {figures['overall']['override']:.4f} "
          f"over {int(figures['overall']['n'])} reviews")
    print(f"{sorted(times)[1]:.1f}")


if __name__ == "__main__":
    main()
