/// The GitHub Actions workflow `sitegen new site` writes into a blog repository: it installs a pinned sitegen
/// (cloned at a release tag and built once, then cached by version), builds the site with `--strict`, lints it
/// with results in code scanning (never blocking the deploy), and deploys to GitHub Pages from `main`.
public enum PublishWorkflow {
    /// The repository sitegen is cloned from when the blog does not say otherwise.
    public static let defaultRepository = "https://github.com/sitegen-project/sitegen.git"

    /// The workflow's YAML; `repository` and `version` (a tag) become variables at its top.
    public static func text(repository: String, version: String) -> String {
        """
        # Builds the site with a pinned sitegen and publishes it to GitHub Pages.
        # Enable Pages with "GitHub Actions" as the source (Settings → Pages). To upgrade sitegen, change
        # SITEGEN_VERSION to a newer release tag: it is built once and then restored from the cache.
        name: publish

        on:
          push:
            branches: [main]
          pull_request:
          workflow_dispatch:

        env:
          SITEGEN_REPOSITORY: \(repository)
          SITEGEN_VERSION: \(version)

        permissions:
          contents: read

        # One group per ref: a pull request's runs replace each other, and never cancel a deploy from main.
        concurrency:
          group: publish-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}

        jobs:
          build:
            runs-on: ubuntu-24.04
            container: swift:6.1-noble
            permissions:
              contents: read
              security-events: write
            steps:
              - uses: actions/checkout@v4
              - name: Install system libraries
                run: apt-get update && apt-get install -y --no-install-recommends git ca-certificates pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev
              - name: Restore sitegen ${{ env.SITEGEN_VERSION }}
                id: sitegen-cache
                uses: actions/cache@v4
                with:
                  path: /opt/sitegen/${{ env.SITEGEN_VERSION }}
                  key: sitegen-${{ env.SITEGEN_VERSION }}-swift-6.1-noble
              - name: Build sitegen ${{ env.SITEGEN_VERSION }}
                if: steps.sitegen-cache.outputs.cache-hit != 'true'
                run: |
                  git clone --depth 1 --branch "$SITEGEN_VERSION" "$SITEGEN_REPOSITORY" "$RUNNER_TEMP/sitegen"
                  swift build -c release --package-path "$RUNNER_TEMP/sitegen"
                  install -D "$RUNNER_TEMP/sitegen/.build/release/sitegen" "/opt/sitegen/$SITEGEN_VERSION/sitegen"
              - name: Put sitegen on the PATH
                run: echo "/opt/sitegen/$SITEGEN_VERSION" >> "$GITHUB_PATH"
              - name: Build the site
                run: sitegen build --strict --source . --output Site
              - name: Lint the content
                continue-on-error: true
                run: sitegen lint --source . --format github,sarif=sitegen.sarif
              - name: Upload lint results
                if: always() && hashFiles('sitegen.sarif') != ''
                continue-on-error: true
                uses: github/codeql-action/upload-sarif@v3
                with:
                  sarif_file: sitegen.sarif
                  category: sitegen-lint
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: Site

          deploy:
            if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
            needs: build
            runs-on: ubuntu-24.04
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
    }
}
