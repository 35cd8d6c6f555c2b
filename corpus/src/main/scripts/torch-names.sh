#!/bin/sh
# Regenerates corpus/src/main/resources/dev/paperlens/corpus/torch-names.txt, the classic network
# architectures and datasets that PyTorch's vision and audio libraries ship (AlexNet, DenseNet,
# GoogLeNet, RetinaNet, EfficientNet ...; CIFAR10, ImageNet, CelebA, LibriSpeech, Tedlium ...), from
# Debian's packages of them at pinned versions: python3-torchvision 0.14.1-2 (BSD-3-Clause) and
# python3-torchaudio 0.13.1-1 (BSD-2-Clause). The build reads the committed file and never needs
# the network; run this by hand on a Debian system (apt-get download, dpkg-deb, python3) to move to
# newer versions.
#
# Which names: the public classes (each module's __all__) of torchvision.models,
# torchvision.datasets, torchaudio.models and torchaudio.datasets, without the library's own
# machinery (weights, outputs, decoders, quantised builds of another class, generic loaders),
# without building blocks whose docstring names no model, architecture, network or source, and
# without names with an underscore (the package's keys: "DR_VCTK").
# How spelled: as the class's docstring names the thing (its linked, emphasised or quoted name,
# the part of a paper's title before the colon, a trailing version dropped) when those letters
# are the class name's letters or lead them ("*LibriSpeech*" for LIBRISPEECH, "MaxViT: ..." for
# MaxVit, "*VoxCeleb1*" for VoxCeleb1Identification); otherwise as the class is spelled, which is
# how the papers write it ("DenseNet", "GoogLeNet", "CelebA"), without a trailing "Model".
#
# usage: corpus/src/main/scripts/torch-names.sh   (from the repository root)
set -eu
[ -d corpus/src/main/resources ] || { echo "run from the repository root" >&2; exit 2; }
out=corpus/src/main/resources/dev/paperlens/corpus/torch-names.txt
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download -q python3-torchvision=0.14.1-2 python3-torchaudio=0.13.1-1 >/dev/null 2>&1 \
  && for deb in ./*.deb; do dpkg-deb -x "$deb" root; done)
python3 - "$work/root" >"$out.tmp" <<'PY'
import ast, glob, os, re, sys

root = sys.argv[1]
lib = root + "/usr/lib/python3/dist-packages"
PACKAGES = [
    ("torchvision", "python3-torchvision", "0.14.1-2", ["models", "datasets"]),
    ("torchaudio", "python3-torchaudio", "0.13.1-1", ["models", "datasets"]),
]
# the library's machinery, by the package's naming conventions
MACHINERY = re.compile(r"(Weights|WeightsEnum|Outputs|Hypothesis|State|LM|BeamSearch|Decoder|Folder|Sampler|Bundle|FakeData|VisionDataset)$|^Quantizable")
DESCRIBED = re.compile(r"\b(model|architecture|network|Implements)\b|:cite:|<https?://|https?://arxiv", re.I)
flat = lambda s: re.sub(r"[^a-z0-9]", "", s.lower())


def licence(package):
    text = open(f"{root}/usr/share/doc/{package}/copyright", encoding="utf8").read()
    return re.search(r"^Files: \*\n(?:.+\n)*?License: (\S+)", text, re.M).group(1)


def exported(folder):
    names, classes = set(), {}
    for path in sorted(glob.glob(folder + "/**/*.py", recursive=True)):
        tree = ast.parse(open(path, encoding="utf8").read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
                if isinstance(node.value, (ast.List, ast.Tuple)):
                    names.update(e.value for e in node.value.elts if isinstance(e, ast.Constant))
            elif isinstance(node, ast.ClassDef):
                classes.setdefault(node.name, ast.get_docstring(node) or "")
    return [(n, classes[n]) for n in sorted(names) if n in classes and n[:1].isupper()]


def spelled(cls, doc):
    """The docstring's name for the class's thing, or the class name."""
    base = re.sub(r"(?<=[a-z0-9])Model$", "", cls)
    own = flat(base)
    texts = []
    # what the docstring opens with: "Implements Faster R-CNN.", "Tacotron2 model from ...",
    # "Conformer architecture introduced in ...", "Vision Transformer as per ..."
    opening = re.match(r"(?:Implements (?:an? )?)?([A-Za-z][\w .+-]*?)(?:\s+(?:model|architecture|as per)\b|,|\.\s|\.?$)", doc)
    if opening:
        texts.append(opening.group(1))
    for groups in re.findall(r"`+\"?([^`<\"]+?)\"?\s*<[^>]*>`+_*|\*([^*\n]+)\*|\"([^\"\n]+)\"", doc):
        texts.append(" ".join(next(g for g in groups if g).split()).split(":")[0].strip())
    for text in texts:
        # as written ("VCTK 0.92" for VCTK_092), then without a trailing version ("LJSpeech-1.1")
        for form in (text, re.sub(r"[- ]v?\d+(\.\d+)+$", "", text)):
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9 .+-]*", form):
                continue
            name = flat(form)
            rest = own[len(name):] if own.startswith(name) else None
            # the thing's name, or the thing's name and what the class does with it ("VoxCeleb1"
            # of VoxCeleb1Identification), not a shorter name of another version ("wav2vec")
            if name == own or (len(name) >= 3 and rest and rest.isalpha() and len(rest) >= 3):
                return form
    return base


names = {}
for module, package, version, parts in PACKAGES:
    for part in parts:
        kind = "dataset" if part == "datasets" else "model architecture"
        for cls, doc in exported(f"{lib}/{module}/{part}"):
            if MACHINERY.search(cls) or (doc and not DESCRIBED.search(doc.split("\n\n")[0])):
                continue
            name = spelled(cls, doc)
            # a name as text writes it: "DR_VCTK" and "MUSDB_HQ" are the package's keys
            if "_" in name:
                continue
            names.setdefault(name.lower(), (name, kind, module))

print("# Classic network architectures and datasets, from Debian's packages of PyTorch's vision and audio")
print("# libraries: the public classes of their models and datasets modules, spelled as their docstrings")
print("# name them, from")
for module, package, version, parts in PACKAGES:
    print(f"# {package} {version} ({licence(package)} licence)")
print("# Generated by corpus/src/main/scripts/torch-names.sh; do not edit by hand. One name a line:")
print("# name<TAB>kind.")
for name, kind, module in sorted(names.values(), key=lambda e: e[0].lower()):
    print(f"{name}\t{kind}")
PY
mv "$out.tmp" "$out"
echo "wrote $(grep -vc '^#' "$out") names to $out"
