package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BracketFormTest {

    @Test
    void nestedBracketsBecomeObjectsAndNumberedKeysArrays() {
        assertEquals("{\"waitListId\":\"4\",\"clients\":[{\"id\":\"1\",\"type\":{\"module\":\"crm\",\"code\":\"CONTACT\"}}]}",
                BracketForm.decode("waitListId=4&clients[0][id]=1&clients[0][type][module]=crm"
                        + "&clients[0][type][code]=CONTACT").toString());
    }

    @Test
    void emptyBracketsAppendAndEncodedValuesDecode() {
        assertEquals("{\"select\":[\"id\",\"name\"],\"filter\":{\"%name\":\"Ann & Co\"}}",
                BracketForm.decode("select[]=id&select[]=name&filter[%25name]=Ann+%26%20Co").toString());
    }

    @Test
    void keysThatAreNotAListStayAnObject() {
        assertEquals("{\"cmd\":{\"a\":\"scope\",\"1\":\"profile\"}}", BracketForm.decode("cmd[a]=scope&cmd[1]=profile").toString());
        assertEquals("{\"a[b\":\"1\"}", BracketForm.decode("a[b=1").toString());
    }
}
