package dev.waitlistdesk.desk.search;

import dev.waitlistdesk.port.Client;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;

/** What a client search adds to: the open record's picks. Keeps the search free of the editor. */
public interface PickTarget {

    ObservableList<Client> picks();

    /** @return false when the client is already picked */
    boolean add(Client client);

    /** Whether Save now keeps new picks: not beside a conflict choice or on a deleted record. */
    ObservableBooleanValue saveKeepsPicks();
}
