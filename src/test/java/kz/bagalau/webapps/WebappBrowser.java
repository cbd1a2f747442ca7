package kz.bagalau.webapps;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda's webapps driven in Debian's Chromium as people use them: a servant in Tasklist logs
 * in, picks a filter, opens a task, fills its Camunda Form and completes it; an administrator
 * opens Cockpit and Admin. Works with any user, filter, task and form, so the same steps can
 * run against the demo's evaluation tasks.
 */
final class WebappBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String TIME_ZONE = "Asia/Almaty";

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final String language;

    private WebappBrowser(ChromeDriver driver, String baseUrl, String language) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.baseUrl = baseUrl;
        this.language = language;
    }

    /**
     * Starts a headless Chromium whose only language is {@code language} and whose clock is in
     * Asia/Almaty. In CI (CI set) a missing or broken browser fails the test; elsewhere a missing
     * browser skips it with the command that installs one.
     */
    static WebappBrowser start(String baseUrl, String language) {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String install = "apt-get install -y chromium chromium-driver (as .ci/run does)";
        if (!installed && !ci) {
            Assumptions.abort("Browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing and CI is not set. Install them with: " + install);
        }
        if (!installed) {
            throw new IllegalStateException("Browser test cannot run: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing. .ci/run installs them with: " + install);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + language,
                "--user-data-dir=" + freshProfile());
        // Tasklist picks its locale from navigator.languages[0], which these preferences set.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                // Dates in the webapps follow the browser's time zone: the servants' one.
                .withEnvironment(Map.of("TZ", TIME_ZONE))
                .build();
        try {
            return new WebappBrowser(new ChromeDriver(service, options), baseUrl, language);
        } catch (WebDriverException e) {
            service.stop();
            throw new IllegalStateException("Chromium could not be started through " + CHROMEDRIVER
                    + " (flags as in .library/env/machines/java-maven.md): " + e.getMessage(), e);
        }
    }

    /** The language the browser asks for, e.g. {@code kk}. */
    String language() {
        return language;
    }

    /** Opens Tasklist's login page. */
    void openLoginPage() {
        openLoginPage("tasklist");
    }

    /** Opens the login page of {@code webapp}: tasklist, cockpit or admin. */
    void openLoginPage(String webapp) {
        driver.get(baseUrl + "/camunda/app/" + webapp + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    }

    /** Opens a page of a webapp the browser is already logged into. */
    void open(String path) {
        driver.get(baseUrl + path);
    }

    String loginInfoText() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".bagalau-login-info")))
                .getText();
    }

    String placeholderOf(String ngModel) {
        return driver.findElement(By.cssSelector("input[ng-model='" + ngModel + "']")).getAttribute("placeholder");
    }

    void logIn(String user, String password) {
        driver.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        // The header's account menu appears once the login is accepted, in every webapp.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header] .account")));
    }

    /** Clicks the filter with this name in the left column and waits for its tasks. */
    void openFilter(String name) {
        WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'task-filters')]//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),"
                        + literal(name) + ")]")));
        filter.click();
    }

    /** Clicks the task with this name in the task list and waits for its form. */
    void openTask(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.)," + literal(name) + ")]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    /** Types into the Camunda Form field whose label contains {@code label}. */
    void fill(String label, String value) {
        // Tasklist may render the form again once its variables arrive, dropping what was typed: type until it stays.
        wait.until(d -> {
            WebElement input = field(label);
            if (!value.equals(input.getAttribute("value"))) {
                input.clear();
                input.sendKeys(value);
            }
            return settled(() -> value.equals(field(label).getAttribute("value")));
        });
    }

    void tick(String label) {
        wait.until(d -> {
            WebElement box = field(label);
            if (!box.isSelected()) {
                box.click();
            }
            return settled(() -> field(label).isSelected());
        });
    }

    /** True when the condition still holds half a second later (the form did not render again meanwhile). */
    private static boolean settled(java.util.function.BooleanSupplier condition) {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return condition.getAsBoolean();
        } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
            return false;
        }
    }

    private WebElement field(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'fjs-container')]//label[contains(normalize-space(.)," + literal(label) + ")]")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** Presses the task form's complete button (whatever its translated text) and waits for the notice. */
    void completeTask() {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[ng-click='complete()']")));
        // A long form puts the button under Tasklist's fixed footer: scroll it into the middle first.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    /**
     * Waits until the Camunda Form shows {@code message} under a field (form-js's
     * {@code .fjs-form-field-error}); fails with the messages it shows instead.
     */
    void waitForValidationMessage(String message) {
        try {
            wait.until(d -> validationMessages().contains(message));
        } catch (TimeoutException e) {
            throw new AssertionError("The form (" + language + ") never showed the validation message \"" + message
                    + "\"; it shows " + validationMessages(), e);
        }
    }

    /** The validation messages the Camunda Form shows now, in the order of its fields. */
    List<String> validationMessages() {
        try {
            return driver.findElements(By.cssSelector(".fjs-form-field-error li")).stream()
                    .map(WebElement::getText).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
            return List.of();
        }
    }

    /** Waits until the page shows {@code text} somewhere; fails with what it shows instead. */
    void waitForText(String text) {
        try {
            wait.until(d -> bodyText().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError("The page (" + language + ") never showed \"" + text + "\"; it shows:\n"
                    + bodyText(), e);
        }
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The texts of the elements matching {@code cssSelector} that a person can see (empty ones left out). */
    List<String> visibleTexts(String cssSelector) {
        return visible(cssSelector).stream().map(e -> e.getText().strip()).filter(t -> !t.isEmpty()).toList();
    }

    /** Elements with this CSS class that a person can see. */
    List<WebElement> visible(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().filter(WebElement::isDisplayed).toList();
    }

    /**
     * Characters of {@code text} that the page's font for {@code cssSelector} draws as the
     * "missing glyph" box: each one is painted on a canvas and compared with a private-use
     * character, which no font has.
     */
    @SuppressWarnings("unchecked")
    List<String> charactersWithoutGlyph(String cssSelector, String text) {
        String script = """
                const font = getComputedStyle(document.querySelector(arguments[0])).font;
                const paint = (ch) => {
                  const c = document.createElement('canvas'); c.width = 48; c.height = 48;
                  const g = c.getContext('2d'); g.font = font.replace(/\\d+(\\.\\d+)?px/, '32px');
                  g.fillText(ch, 4, 36); return c.toDataURL();
                };
                const tofu = paint('\\uE000');
                return Array.from(arguments[1]).filter(ch => paint(ch) === tofu);
                """;
        return (List<String>) ((JavascriptExecutor) driver).executeScript(script, cssSelector, text);
    }

    /** Saves a PNG under target/screenshots for review. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String freshProfile() {
        try {
            File dir = Files.createTempDirectory("bagalau-chromium-").toFile();
            dir.deleteOnExit();
            return dir.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An XPath string literal for text that may contain quotes (« » and ' are common in our labels). */
    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
