import SitegenCore

/// The GitHub Actions workflow `sitegen new site` writes into a blog repository (docs/publishing.md). The blog
/// holds only the blog: the workflow installs the pinned sitegen — a release binary when the release has one for
/// the runner, otherwise the tag cloned and built once — and caches it by version and OS; builds the site with
/// `--strict`; lints it with results in code scanning that can never block the deploy; and deploys to GitHub
/// Pages from `main`, with one concurrency group per ref so pull requests never cancel a deploy.
public enum PublishWorkflow {
    /// The repository sitegen is installed from when the blog does not say otherwise.
    public static let defaultRepository = SitegenRelease.repository

    /// The name of a release's binary archive for a Linux machine (`uname -m`: `x86_64`, `aarch64`); the release
    /// workflow uploads it and the publish workflow downloads it. Shell syntax: it is expanded by the runner.
    public static let releaseAsset = "sitegen-$SITEGEN_VERSION-linux-$(uname -m).tar.gz"

    /// The shell script of the "Install sitegen" step. It reads `SITEGEN_REPOSITORY` and `SITEGEN_VERSION`, and
    /// `SITEGEN_BINARY` when set (a sitegen already on the machine: a self-hosted runner, a local test of the
    /// workflow); it leaves the binary in `$HOME/.cache/sitegen/$SITEGEN_VERSION` and puts that on the PATH.
    static let installScript = """
        bin="$HOME/.cache/sitegen/$SITEGEN_VERSION"
        if [ -x "$bin/sitegen" ]; then
          echo "sitegen $SITEGEN_VERSION restored from the cache"
        elif [ -n "${SITEGEN_BINARY:-}" ]; then
          install -D -m 755 "$SITEGEN_BINARY" "$bin/sitegen"
        else
          asset="\(releaseAsset)"
          url="${SITEGEN_REPOSITORY%.git}/releases/download/$SITEGEN_VERSION/$asset"
          mkdir -p "$bin"
          if curl -fsSL --retry 3 -o "$RUNNER_TEMP/$asset" "$url"; then
            tar -xzf "$RUNNER_TEMP/$asset" -C "$bin" sitegen
          else
            echo "no release binary at $url: building sitegen $SITEGEN_VERSION from source (once; then cached)"
            git clone --depth 1 --branch "$SITEGEN_VERSION" "$SITEGEN_REPOSITORY" "$RUNNER_TEMP/sitegen-source"
            swift build -c release --package-path "$RUNNER_TEMP/sitegen-source"
            install -m 755 "$(swift build -c release --package-path "$RUNNER_TEMP/sitegen-source" --show-bin-path)/sitegen" "$bin/sitegen"
          fi
        fi
        installed="$("$bin/sitegen" --version)"
        if [ "v$installed" != "$SITEGEN_VERSION" ] && [ "$installed" != "$SITEGEN_VERSION" ]; then
          echo "::error::the installed sitegen is $installed, not the pinned $SITEGEN_VERSION"
          exit 1
        fi
        echo "$bin" >> "$GITHUB_PATH"
        """

    /// The workflow's YAML; `repository` and `version` (a release tag) are variables at its top.
    public static func text(repository: String, version: String) -> String {
        let install = installScript.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "            " + $0 }.joined(separator: "\n")
        return """
        # Builds the site with a pinned sitegen and publishes it to GitHub Pages.
        # Enable Pages with "GitHub Actions" as the source (Settings → Pages).
        # To upgrade sitegen, set SITEGEN_VERSION to a newer release tag: it is installed once, then restored
        # from the cache (`sitegen --version` prints the version you run locally).
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

        # One group per ref: a pull request's newer run replaces its older one; a deploy from main is never
        # cancelled, and pull requests (other refs) cannot reach it.
        concurrency:
          group: pages-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}

        defaults:
          run:
            shell: bash

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
                run: |
                  packages="git ca-certificates curl pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev"
                  if ! dpkg -s $packages >/dev/null 2>&1; then
                    apt-get update && apt-get install -y --no-install-recommends $packages
                  fi
              - name: Restore sitegen from the cache
                uses: actions/cache@v4
                with:
                  path: ~/.cache/sitegen/${{ env.SITEGEN_VERSION }}
                  key: sitegen-${{ env.SITEGEN_VERSION }}-${{ runner.os }}-${{ runner.arch }}-swift-6.1-noble
              - name: Install sitegen
                run: |
        \(install)
              # Lint findings are reported (annotations and code scanning) but never block the deploy; the
              # upload also fails harmlessly where code scanning is off (private repositories, forks).
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
              - name: Build the site
                run: sitegen build --strict --source . --output Site
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: Site

          deploy:
            # Pull requests build (and show their lint results) but never deploy.
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
