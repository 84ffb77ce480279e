package app.nudge.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Sorts a plan by {@link PlannedAction#ORDER}, fast. With the comparator itself, sorting 100,000
 * actions spends most of its time following pointers to dates and company names and comparing
 * the names case-insensitively over and over. Here each distinct company name is ranked once
 * (with that same case-insensitive comparator), and each action becomes one number, due date,
 * company rank and position packed together, so that a primitive sort does the work. Role and
 * id are only compared within a run of equal due date and company. A test checks the order is
 * the comparator's; when the numbers do not fit in 63 bits, the comparator is used.
 */
final class PlanSorter {

    private static final Comparator<PlannedAction> BY_ROLE_THEN_ID =
            Comparator.comparing((PlannedAction a) -> orEmpty(a.role())).thenComparing(PlannedAction::applicationId);

    private PlanSorter() {
    }

    static void sort(List<PlannedAction> plan) {
        int size = plan.size();
        if (size < 2) {
            return;
        }
        PlannedAction[] actions = plan.toArray(new PlannedAction[0]);
        long[] dueDays = new long[size];
        int[] companyOf = new int[size];
        HashMap<String, Integer> indexOfCompany = new HashMap<>();
        List<String> companies = new ArrayList<>();
        long firstDue = Long.MAX_VALUE;
        long lastDue = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            PlannedAction action = actions[i];
            String company = orEmpty(action.company());
            Integer index = indexOfCompany.get(company);
            if (index == null) {
                index = companies.size();
                indexOfCompany.put(company, index);
                companies.add(company);
            }
            companyOf[i] = index;
            long due = action.due().toEpochDay();
            dueDays[i] = due;
            firstDue = Math.min(firstDue, due);
            lastDue = Math.max(lastDue, due);
        }
        int[] rankOfCompany = rank(companies);

        int positionBits = bitsFor(size - 1);
        int rankBits = bitsFor(companies.size() - 1);
        int dueBits = bitsFor(lastDue - firstDue);
        if (positionBits + rankBits + dueBits > 63) {
            plan.sort(PlannedAction.ORDER); // does not happen with real dates; kept for safety
            return;
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((dueDays[i] - firstDue) << (rankBits + positionBits))
                    | ((long) rankOfCompany[companyOf[i]] << positionBits) | i;
        }
        Arrays.sort(keys);

        long positionMask = (1L << positionBits) - 1;
        int runStart = 0;
        for (int i = 0; i <= size; i++) {
            boolean runEnds = i == size || (keys[i] >>> positionBits) != (keys[runStart] >>> positionBits);
            if (runEnds) {
                writeRun(plan, actions, keys, runStart, i, positionMask);
                runStart = i;
            }
        }
    }

    /** Writes one run of equal due date and company into the plan, ordered by role, then id. */
    private static void writeRun(List<PlannedAction> plan, PlannedAction[] actions, long[] keys, int from, int to,
                                 long positionMask) {
        if (to - from == 1) {
            plan.set(from, actions[(int) (keys[from] & positionMask)]);
            return;
        }
        PlannedAction[] run = new PlannedAction[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = actions[(int) (keys[i] & positionMask)];
        }
        Arrays.sort(run, BY_ROLE_THEN_ID);
        for (int i = from; i < to; i++) {
            plan.set(i, run[i - from]);
        }
    }

    /** Rank of each distinct name by String.CASE_INSENSITIVE_ORDER; names it finds equal share a rank. */
    private static int[] rank(List<String> names) {
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> String.CASE_INSENSITIVE_ORDER.compare(names.get(a), names.get(b)));
        int[] rankOf = new int[order.length];
        int rank = 0;
        for (int i = 0; i < order.length; i++) {
            if (i > 0 && String.CASE_INSENSITIVE_ORDER.compare(names.get(order[i - 1]), names.get(order[i])) != 0) {
                rank++;
            }
            rankOf[order[i]] = rank;
        }
        return rankOf;
    }

    private static int bitsFor(long maxValue) {
        return 64 - Long.numberOfLeadingZeros(maxValue);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
