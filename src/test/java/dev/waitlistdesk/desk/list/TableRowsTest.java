package dev.waitlistdesk.desk.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.port.RecordContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the table is told: a newer row of the same record as an update, everything else as it came. */
class TableRowsTest {

    private final ObservableList<WaitlistRow> rows = FXCollections.observableArrayList(row(3, "c"), row(2, "b"),
            row(1, "a"));
    private final SortedList<WaitlistRow> sorted = new SortedList<>(rows);
    private final TableRows table = new TableRows(sorted);
    /** The table's own copy, kept by the changes alone, as a table's rows are. */
    private final List<WaitlistRow> copy = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    @BeforeEach
    void listen() {
        copy.addAll(table);
        table.addListener((ListChangeListener<WaitlistRow>) change -> {
            while (change.next()) {
                if (change.wasPermutated()) {
                    List<WaitlistRow> before = new ArrayList<>(copy);
                    for (int i = change.getFrom(); i < change.getTo(); i++) {
                        copy.set(change.getPermutation(i), before.get(i));
                    }
                    told.add("moved");
                } else if (change.wasUpdated()) {
                    for (int i = change.getFrom(); i < change.getTo(); i++) {
                        copy.set(i, change.getList().get(i));
                    }
                    told.add("updated " + change.getFrom());
                } else {
                    copy.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
                    copy.addAll(change.getFrom(), change.getAddedSubList());
                    told.add((change.wasReplaced() ? "replaced " : change.wasAdded() ? "added " : "removed ")
                            + change.getFrom());
                }
            }
        });
    }

    @Test
    void aNewerRowOfTheSameRecordIsAnUpdate() {
        rows.set(1, row(2, "b, saved"));

        assertEquals(List.of("updated 1"), told);
        assertEquals(rows, copy);
    }

    @Test
    void anotherRecordInARowsPlaceIsAReplace() {
        rows.set(1, row(4, "d"));

        assertEquals(List.of("replaced 1"), told);
        assertEquals(rows, copy);
    }

    @Test
    void sortingAndAddingPassAsTheyCame() {
        sorted.setComparator(Comparator.comparing(WaitlistRow::id));
        rows.add(0, row(5, "e"));
        rows.remove(2);

        assertEquals(List.of("moved", "added 3", "removed 1"), told);
        assertEquals(sorted, copy);
    }

    private static WaitlistRow row(long id, String note) {
        return new WaitlistRow(id, new RecordContent(note, List.of()), false);
    }
}
