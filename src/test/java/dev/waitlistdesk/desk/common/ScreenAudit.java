package dev.waitlistdesk.desk.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * What a receptionist (or their screen reader) meets in one window, read from the scene graph as
 * shown: cut text, controls past the window's edge, an Alt+letter taken twice, a control with no
 * name, and text too faint for its background. Each check adds plain sentences to a list of problems.
 *
 * <p>A control's accessible name is its {@code accessibleText}, a Labeled's own words (at least one
 * letter or digit: "?", "×" and "✕" name nothing), or a Label whose {@code labelFor} is the control.
 * A prompt text is not a name: it is gone once something is typed.
 */
final class ScreenAudit {

    /** WCAG 2.1 AA for normal text; the audit asks it of all text, large or small. */
    static final double MIN_CONTRAST = 4.5;

    private final Scene scene;
    private final String where;
    private final List<String> problems;

    ScreenAudit(Scene scene, String where, List<String> problems) {
        this.scene = scene;
        this.where = where;
        this.problems = problems;
    }

    /** Everything but contrast, which depends on the theme. */
    void layoutAndNames() {
        Map<Character, String> mnemonics = new HashMap<>();
        List<Label> labels = new ArrayList<>();
        walk(scene.getRoot(), node -> {
            if (node instanceof Label label && label.getLabelFor() != null) {
                labels.add(label);
            }
        });
        walk(scene.getRoot(), node -> {
            if (node instanceof Labeled labeled && !(node instanceof Cell)) {
                cut(labeled);
                mnemonic(labeled, mnemonics);
            }
            if (node instanceof Text text && text.getParent() != null && text.getParent().getClip() != null) {
                promptCut(text, text.getParent().getClip());
            }
            if (node instanceof Control control && !(node instanceof ScrollBar) && !insideCell(node)) {
                outside(control);
                clipped(control);
                if (control.isFocusTraversable()) {
                    named(control, labels);
                }
            }
            if (node instanceof ButtonBase button && !button.isFocusTraversable()) {
                named(button, labels); // clicked, not tabbed to: the ✕ of a row, the × of a field
            }
        });
    }

    /** Every shown text against the background it is drawn on. */
    void contrast(String theme) {
        walk(scene.getRoot(), node -> {
            if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                    && !text.isDisabled() && text.getFill() instanceof Color) {
                double ratio = contrastOf(text);
                if (ratio < MIN_CONTRAST) {
                    problems.add(where + ", " + theme + ": \"" + text.getText() + "\" has contrast "
                            + String.format(java.util.Locale.ROOT, "%.2f", ratio) + ":1 (" + describe(text) + ")");
                }
            }
        });
    }

    /**
     * Each control the keyboard reaches looks different when it has the focus (its own or its
     * parent's background, border or effect changes). Moves the focus; puts it back afterwards.
     */
    void focusVisible() {
        Node before = scene.getFocusOwner();
        List<Control> focusable = new ArrayList<>();
        walk(scene.getRoot(), node -> {
            if (node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()
                    && !insideCell(control)) {
                focusable.add(control);
            }
        });
        for (int i = 0; i < focusable.size(); i++) {
            Control control = focusable.get(i);
            if (control.isFocused() && focusable.size() > 1) { // its look without the focus first
                focusable.get((i + 1) % focusable.size()).requestFocus();
                scene.getRoot().applyCss();
            }
            List<Object> unfocused = look(control);
            control.requestFocus();
            scene.getRoot().applyCss();
            if (control.isFocused() && unfocused.equals(look(control))) {
                problems.add(where + ": " + describe(control) + " shows no sign of having the focus");
            }
        }
        if (before != null) {
            before.requestFocus();
        }
    }

    private static List<Object> look(Control control) {
        List<Object> look = new ArrayList<>();
        for (Node n = control; n != null && look.size() < 6; n = n.getParent()) {
            if (n instanceof Region region) {
                look.add(String.valueOf(region.getBackground() == null ? null : region.getBackground().getFills()));
                look.add(String.valueOf(region.getBorder() == null ? null : region.getBorder().getStrokes()));
            }
        }
        return look;
    }

    private void cut(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isEmpty()) {
            return;
        }
        String full = wholeText(labeled);
        if (labeled.lookup(".text") instanceof Text shown && !full.equals(shown.getText())) {
            problems.add(where + ": \"" + full + "\" shows as \"" + shown.getText() + "\"");
        }
    }

    private void outside(Control control) {
        Bounds b = control.localToScene(control.getBoundsInLocal());
        if (b.getWidth() > 0 && (b.getMaxX() > scene.getWidth() + 0.5 || b.getMaxY() > scene.getHeight() + 0.5
                || b.getMinX() < -0.5 || b.getMinY() < -0.5)) {
            problems.add(where + ": " + describe(control) + " reaches past the window's edge (" + (int) b.getMinX()
                    + "," + (int) b.getMinY() + "–" + (int) b.getMaxX() + "," + (int) b.getMaxY() + " in "
                    + (int) scene.getWidth() + "×" + (int) scene.getHeight() + ")");
        }
    }

    /** A field's prompt wider than the field: it is clipped without an ellipsis. */
    private void promptCut(Text text, Node clip) {
        TextInputControl field = ancestor(text, TextInputControl.class);
        if (field != null && text.getText().equals(field.getPromptText()) && field.getText().isEmpty()
                && text.getBoundsInParent().getMaxX() > clip.getBoundsInParent().getMaxX() + 0.5) {
            problems.add(where + ": the prompt \"" + text.getText() + "\" of " + describe(field) + " is cut");
        }
    }

    /**
     * A control cut off by a pane that clips (a split pane's side), not one scrolled out of view
     * in a list or scroll pane.
     */
    private void clipped(Control control) {
        if (control instanceof Cell || ancestor(control, ScrollPane.class) != null
                || ancestor(control, VirtualFlow.class) != null || ancestor(control, TextInputControl.class) != null) {
            return;
        }
        Bounds b = control.localToScene(control.getBoundsInLocal());
        for (Node n = control.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                if (b.getMaxX() > clip.getMaxX() + 0.5 || b.getMaxY() > clip.getMaxY() + 0.5) {
                    problems.add(where + ": " + describe(control) + " is cut off by its pane");
                }
                return;
            }
        }
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }

    private void mnemonic(Labeled labeled, Map<Character, String> taken) {
        String text = labeled.getText();
        if (!labeled.isMnemonicParsing() || text == null) {
            return;
        }
        int at = text.indexOf('_');
        if (at >= 0 && at + 1 < text.length()) {
            char key = Character.toUpperCase(text.charAt(at + 1));
            String shown = wholeText(labeled);
            String before = taken.putIfAbsent(key, shown);
            if (before != null) {
                problems.add(where + ": Alt+" + key + " is both \"" + before + "\" and \"" + shown + "\"");
            }
        }
    }

    private void named(Control control, List<Label> labels) {
        if (hasWords(control.getAccessibleText())
                || control instanceof Labeled labeled && hasWords(wholeText(labeled))
                || labels.stream().anyMatch(label -> label.getLabelFor() == control && hasWords(wholeText(label)))) {
            return;
        }
        problems.add(where + ": " + describe(control) + " has no accessible name");
    }

    /** The text's contrast with the colours under it, its own and its parents' opacity applied. */
    static double contrastOf(Text text) {
        Color fill = (Color) text.getFill();
        double alpha = fill.getOpacity();
        Node node = text;
        List<Color> layers = new ArrayList<>(); // topmost first
        for (; node != null; node = node.getParent()) {
            Color background = node instanceof Region region ? topFill(region.getBackground()) : null;
            if (background != null) {
                layers.add(background);
                if (background.getOpacity() >= 1) {
                    break;
                }
            }
            if (layers.isEmpty()) {
                alpha *= node.getOpacity();
            }
        }
        Color under = node == null && text.getScene().getFill() instanceof Color sceneFill ? sceneFill : Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            under = over(layers.get(i), layers.get(i).getOpacity(), under);
        }
        Color seen = over(fill, alpha, under);
        return ratio(luminance(seen), luminance(under));
    }

    /** The last (topmost) painted layer of a background: a colour, or a gradient's mean. */
    private static Color topFill(Background background) {
        if (background == null) {
            return null;
        }
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            Color color = colorOf(fills.get(i).getFill());
            if (color != null && color.getOpacity() > 0) {
                return color;
            }
        }
        return null;
    }

    private static Color colorOf(Paint paint) {
        if (paint instanceof Color color) {
            return color;
        }
        if (paint instanceof LinearGradient gradient && !gradient.getStops().isEmpty()) {
            double r = 0;
            double g = 0;
            double b = 0;
            double a = 0;
            for (Stop stop : gradient.getStops()) {
                r += stop.getColor().getRed();
                g += stop.getColor().getGreen();
                b += stop.getColor().getBlue();
                a += stop.getColor().getOpacity();
            }
            int n = gradient.getStops().size();
            return new Color(r / n, g / n, b / n, a / n);
        }
        return null;
    }

    private static Color over(Color top, double alpha, Color under) {
        return new Color(top.getRed() * alpha + under.getRed() * (1 - alpha),
                top.getGreen() * alpha + under.getGreen() * (1 - alpha),
                top.getBlue() * alpha + under.getBlue() * (1 - alpha), 1);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    static double ratio(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static String wholeText(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_", "") : text;
    }

    private static boolean hasWords(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean insideCell(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Cell) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && path.length() < 160; n = n.getParent()) {
            String name = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName();
            path.append(path.length() == 0 ? "" : " < ").append(name);
            if (n.getId() != null && n != node) {
                break;
            }
        }
        return path.toString();
    }

    /** Visible nodes, parents before children. */
    private static void walk(Parent parent, Consumer<Node> visit) {
        visit.accept(parent);
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.getOpacity() == 0) {
                continue;
            }
            if (child instanceof Parent p) {
                walk(p, visit);
            } else {
                visit.accept(child);
            }
        }
    }
}
