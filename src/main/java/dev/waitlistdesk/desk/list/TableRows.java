package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.WaitlistRow;
import javafx.collections.ListChangeListener.Change;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The rows as the table gets them: a row replaced by a newer row of the same record is passed on as
 * updated in place. The table's skin answers any replace by re-indexing every row and cell it shows
 * (and its selection model by searching the whole list for the selected row), a 40–65 ms stall after
 * each save or poll that changed one row; an update redraws only the rows whose content changed.
 */
final class TableRows extends TransformationList<WaitlistRow, WaitlistRow> {

    TableRows(ObservableList<WaitlistRow> source) {
        super(source);
    }

    @Override
    protected void sourceChanged(Change<? extends WaitlistRow> change) {
        beginChange();
        while (change.next()) {
            if (change.wasPermutated()) {
                int[] permutation = new int[change.getTo() - change.getFrom()];
                for (int i = 0; i < permutation.length; i++) {
                    permutation[i] = change.getPermutation(change.getFrom() + i);
                }
                nextPermutation(change.getFrom(), change.getTo(), permutation);
            } else if (change.wasUpdated() || sameRecords(change)) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    nextUpdate(i);
                }
            } else {
                if (change.wasRemoved()) {
                    nextRemove(change.getFrom(), change.getRemoved());
                }
                if (change.wasAdded()) {
                    nextAdd(change.getFrom(), change.getTo());
                }
            }
        }
        endChange();
    }

    /** Each row replaced by a row of the same record. */
    private static boolean sameRecords(Change<? extends WaitlistRow> change) {
        if (!change.wasReplaced() || change.getAddedSize() != change.getRemovedSize()) {
            return false;
        }
        for (int i = 0; i < change.getRemovedSize(); i++) {
            if (change.getRemoved().get(i).id() != change.getList().get(change.getFrom() + i).id()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public WaitlistRow get(int index) {
        return getSource().get(index);
    }

    @Override
    public int size() {
        return getSource().size();
    }

    @Override
    public int getSourceIndex(int index) {
        return index;
    }

    @Override
    public int getViewIndex(int index) {
        return index;
    }
}
