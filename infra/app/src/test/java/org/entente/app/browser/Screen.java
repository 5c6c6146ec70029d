package org.entente.app.browser;

import org.openqa.selenium.Dimension;

import java.util.Locale;

/** The screens the pages are made for: a diplomat's laptop and the wall display of an operations room. */
public enum Screen {
    LAPTOP(1366, 768),
    WALL(1920, 1080);

    private final int width;
    private final int height;

    Screen(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** As screenshots and reports name it. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    Dimension size() {
        return new Dimension(width, height);
    }

    /** As Chromium's {@code --window-size} takes it. */
    String windowSize() {
        return width + "," + height;
    }
}
