//! `cargo xtask package`: the npm package and the WordPress plugin's zip from one release build, the same bytes for the same build.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{root, Result};

/// The WordPress plugin's own files (PHP, the block, readme.txt); its zip adds dist/ as `guide/`.
pub const PLUGIN_DIR: &str = "wordpress/massage-guide";
/// Where `cargo xtask package` writes.
pub const PACKAGE_DIR: &str = "target/package";
/// The plugin's zip, named as WordPress names the plugin's folder.
const PLUGIN_ZIP: &str = "massage-guide.zip";
/// The time every entry of both packages carries, whenever its file was built: npm's own fixed
/// time for the tarballs it packs (1985-10-26 08:15), used for the zip too.
const ENTRY_TIME: (u16, u8, u8, u8, u8, u8) = (1985, 10, 26, 8, 15, 0);
/// The npm package's README, for a clinic; `{VERSION}` is the package's version and
/// `{INTEGRITY}` the loader's hash.
const NPM_README: &str = include_str!("npm-README.md");

/// The two packages `package` wrote.
pub struct Packages {
    pub version: String,
    pub npm: PathBuf,
    pub plugin: PathBuf,
}

impl Packages {
    /// Print each package's path and size.
    pub fn describe(&self) {
        println!("massage-guide {}:", self.version);
        for path in [&self.npm, &self.plugin] {
            let size = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
            let shown = path.strip_prefix(root()).unwrap_or(path);
            println!("  {:<44} {size:>9} bytes", shown.display());
        }
    }
}

/// Write both packages into target/package/ from the release build in `dist` and the plugin's
/// files in `plugin`.
pub fn package(dist: &Path, plugin: &Path) -> Result<Packages> {
    crate::step("Packaging into target/package/ (npm package, WordPress plugin)");
    package_into(dist, plugin, &root().join(PACKAGE_DIR))
}

fn package_into(dist: &Path, plugin: &Path, out: &Path) -> Result<Packages> {
    let version = cargo_field("version")?;
    check_plugin_version(plugin, &version)?;
    let guide = files_under(dist)?;
    if !guide.iter().any(|f| f == "embed/massage-guide.js") {
        return Err(format!(
            "{} holds no release build: run `cargo xtask build` first",
            dist.display()
        ));
    }
    fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let npm = npm_package(dist, &guide, out, &version)?;
    let zip = out.join(PLUGIN_ZIP);
    plugin_zip(dist, &guide, plugin, &zip)?;
    Ok(Packages {
        version,
        npm,
        plugin: zip,
    })
}

/// Package twice, the second time from fresh copies of `dist` and `plugin` (new file times,
/// another folder), and fail unless both give the same bytes.
pub fn check_reproducible(first: &Packages, dist: &Path, plugin: &Path) -> Result {
    crate::step("Reproducible: packaging again from copies of dist/ and the plugin");
    let check = root().join("target/package-check");
    if check.exists() {
        fs::remove_dir_all(&check).map_err(|e| format!("{}: {e}", check.display()))?;
    }
    let (dist_copy, plugin_copy) = (check.join("dist"), check.join("plugin"));
    copy_tree(dist, &dist_copy)?;
    copy_tree(plugin, &plugin_copy)?;
    let second = package_into(&dist_copy, &plugin_copy, &check.join("out"))?;
    for (a, b) in [(&first.npm, &second.npm), (&first.plugin, &second.plugin)] {
        let (bytes_a, bytes_b) = (read(a)?, read(b)?);
        if bytes_a != bytes_b {
            return Err(format!(
                "{} is not reproducible: packaging the same files again gave other bytes ({})",
                a.display(),
                b.display()
            ));
        }
        let sha = crate::output("sha256sum", &[&a.to_string_lossy()])
            .and_then(|s| s.split_whitespace().next().map(str::to_string))
            .unwrap_or_default();
        let name = a.file_name().unwrap_or_default().to_string_lossy();
        println!("{name:<28} the same bytes twice: sha256 {sha}");
    }
    fs::remove_dir_all(&check).map_err(|e| format!("{}: {e}", check.display()))
}

/// `npm publish --dry-run` on the tarball: what the registry would be sent, checked by npm
/// without publishing.
pub fn npm_publish_dry_run(packages: &Packages) -> Result {
    crate::step("npm publish --dry-run");
    let out = Command::new("npm")
        .args(["publish", "--dry-run", "--ignore-scripts"])
        .arg(&packages.npm)
        .current_dir(root())
        .output()
        .map_err(|e| format!("could not start npm: {e}"))?;
    let log = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        eprintln!("{log}");
        return Err("npm publish --dry-run failed".into());
    }
    let total = log
        .lines()
        .find_map(|l| l.split("total files:").nth(1))
        .map(str::trim)
        .unwrap_or("?");
    println!(
        "npm would publish massage-guide@{} ({total} files); nothing was published",
        packages.version
    );
    Ok(())
}

/// A field of the root Cargo.toml's `[package]` (a plain `key = "value"` line).
fn cargo_field(key: &str) -> Result<String> {
    let manifest = fs::read_to_string(root().join("Cargo.toml"))
        .map_err(|e| format!("cannot read Cargo.toml: {e}"))?;
    manifest
        .lines()
        .skip_while(|l| l.trim() != "[package]")
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
        })
        .ok_or_else(|| format!("Cargo.toml's [package] has no {key}"))
}

/// The plugin states its version in four places; each must be the crate's.
fn check_plugin_version(plugin: &Path, version: &str) -> Result {
    let places = [
        ("massage-guide.php", "* Version:"),
        ("massage-guide.php", "define( 'MASSAGE_GUIDE_VERSION',"),
        ("readme.txt", "Stable tag:"),
        ("block/editor.asset.php", "'version'"),
    ];
    for (file, prefix) in places {
        let text = fs::read_to_string(plugin.join(file))
            .map_err(|e| format!("{}/{file}: {e}", plugin.display()))?;
        let stated = text
            .lines()
            .find_map(|l| l.trim().strip_prefix(prefix))
            .map(|rest| rest.trim_matches(|c: char| c.is_whitespace() || "'\"=>,();".contains(c)));
        if stated != Some(version) {
            return Err(format!(
                "{PLUGIN_DIR}/{file}: `{prefix}` says {}, Cargo.toml says {version}: make them the same",
                stated.unwrap_or("nothing")
            ));
        }
    }
    Ok(())
}

/// The npm package: dist/'s files with a package.json and a README for clinics, packed by
/// `npm pack` (entries under `package/`, npm's fixed time and modes).
fn npm_package(dist: &Path, guide: &[String], out: &Path, version: &str) -> Result<PathBuf> {
    let staging = out.join("npm");
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    }
    for file in guide {
        copy_file(&dist.join(file), &staging.join(file))?;
    }
    // The top-level entries of the build, for "files": the package holds the guide and no more.
    let mut top: Vec<&str> = guide
        .iter()
        .map(|f| f.split('/').next().unwrap_or(f))
        .collect();
    top.dedup();
    let files = top
        .iter()
        .map(|f| json_string(f))
        .collect::<Vec<_>>()
        .join(", ");
    let manifest = format!(
        "{{\n  \"name\": \"massage-guide\",\n  \"version\": {},\n  \"description\": {},\n  \
         \"license\": \"MIT\",\n  \"keywords\": [\"massage\", \"clinic\", \"questionnaire\", \
         \"custom-element\", \"webassembly\"],\n  \"browser\": \"embed/massage-guide.js\",\n  \
         \"files\": [{files}]\n}}\n",
        json_string(version),
        json_string(&cargo_field("description")?),
    );
    write(&staging.join("package.json"), manifest.as_bytes())?;
    let readme = NPM_README.replace("{VERSION}", version).replace(
        "{INTEGRITY}",
        &integrity(&dist.join("embed/massage-guide.js"))?,
    );
    write(&staging.join("README.md"), readme.as_bytes())?;
    let tarball = out.join(format!("massage-guide-{version}.tgz"));
    if tarball.exists() {
        fs::remove_file(&tarball).map_err(|e| format!("{}: {e}", tarball.display()))?;
    }
    let packed = Command::new("npm")
        .args(["pack", "--json", "--ignore-scripts", "--pack-destination"])
        .arg(out)
        .current_dir(&staging)
        .output()
        .map_err(|e| format!("could not start npm: {e}"))?;
    if !packed.status.success() || !tarball.exists() {
        eprintln!("{}", String::from_utf8_lossy(&packed.stderr));
        return Err(format!("npm pack did not write {}", tarball.display()));
    }
    Ok(tarball)
}

/// The plugin's zip: `massage-guide/` with the plugin's files and dist/ as `massage-guide/guide/`,
/// sorted, each directory before what it holds, with fixed times and modes.
fn plugin_zip(dist: &Path, guide: &[String], plugin: &Path, zip_path: &Path) -> Result {
    // Entry name -> the file it holds (None: a directory).
    let mut entries: BTreeMap<String, Option<PathBuf>> = BTreeMap::new();
    for file in files_under(plugin)? {
        entries.insert(format!("massage-guide/{file}"), Some(plugin.join(&file)));
    }
    for file in guide {
        let name = format!("massage-guide/guide/{file}");
        if entries
            .insert(name.clone(), Some(dist.join(file)))
            .is_some()
        {
            return Err(format!(
                "{name} is both in {PLUGIN_DIR} and in the build: rename one"
            ));
        }
    }
    let dirs: Vec<String> = entries
        .keys()
        .flat_map(|name| {
            name.match_indices('/')
                .map(|(i, _)| name[..=i].to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    for dir in dirs {
        entries.insert(dir, None);
    }

    let (year, month, day, hour, minute, second) = ENTRY_TIME;
    let time = zip::DateTime::from_date_and_time(year, month, day, hour, minute, second)
        .map_err(|e| format!("zip time: {e}"))?;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(time)
        .system(zip::System::Unix);
    let partial = zip_path.with_extension("zip.partial");
    let file = fs::File::create(&partial).map_err(|e| format!("{}: {e}", partial.display()))?;
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
    let failed = |e: &dyn std::fmt::Display| format!("writing {}: {e}", zip_path.display());
    for (name, source) in &entries {
        match source {
            None => zip
                .add_directory(name.as_str(), options.unix_permissions(0o755))
                .map_err(|e| failed(&e))?,
            Some(source) => {
                zip.start_file(name.as_str(), options.unix_permissions(0o644))
                    .map_err(|e| failed(&e))?;
                zip.write_all(&read(source)?).map_err(|e| failed(&e))?;
            }
        }
    }
    let mut writer = zip.finish().map_err(|e| failed(&e))?;
    writer.flush().map_err(|e| failed(&e))?;
    drop(writer);
    fs::rename(&partial, zip_path).map_err(|e| failed(&e))
}

/// Every file under `dir`, as sorted paths relative to it with `/` between names.
fn files_under(dir: &Path) -> Result<Vec<String>> {
    let mut paths = Vec::new();
    crate::collect_files(dir, &mut paths)?;
    let mut files = paths
        .iter()
        .map(|p| {
            let relative = p.strip_prefix(dir).unwrap_or(p);
            let names: Option<Vec<&str>> = relative
                .components()
                .map(|c| c.as_os_str().to_str())
                .collect();
            names
                .map(|n| n.join("/"))
                .ok_or_else(|| format!("{}: a file name that is not UTF-8", p.display()))
        })
        .collect::<Result<Vec<_>>>()?;
    files.sort();
    Ok(files)
}

/// A file's subresource integrity (`sha256-` and the base64 of its SHA-256), by Node's crypto,
/// as tools/post-build.mjs writes the others.
fn integrity(file: &Path) -> Result<String> {
    let script = "const [file] = process.argv.slice(1); process.stdout.write('sha256-' + \
                  require('crypto').createHash('sha256').update(require('fs').readFileSync(file)).digest('base64'))";
    let out = Command::new("node")
        .args(["-e", script])
        .arg(file)
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    let hash = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() || !hash.starts_with("sha256-") {
        return Err(format!(
            "hashing {}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(hash)
}

fn copy_tree(from: &Path, to: &Path) -> Result {
    for file in files_under(from)? {
        copy_file(&from.join(&file), &to.join(&file))?;
    }
    Ok(())
}

/// Copy a file with the package's mode (rw-r--r--), whatever the build's umask was.
fn copy_file(from: &Path, to: &Path) -> Result {
    write(to, &read(from)?)
}

fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o644))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
