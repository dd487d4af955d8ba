"""Run ../shared/tools/crossval.py on one slice of the UNPC devset's aligned lines.

    PYTHONPATH=$PWD python3 tools/crossval_half.py DEVSET FIRST LAST MIN LANGS [SHOW]

Cuts lines FIRST..LAST (1-based, inclusive) of every devset.*.txt into a temporary folder with
the same file names and runs crossval.py on it, so that a gazetteer built by reading lines
1-2000 (tools/devset_names.py) can be measured on lines 2001-4000 it was not read from."""
import os, subprocess, sys, tempfile

def main(folder, first, last, rest):
    with tempfile.TemporaryDirectory() as tmp:
        for name in os.listdir(folder):
            if name.startswith('devset.') and name.endswith('.txt'):
                lines = open(os.path.join(folder, name), encoding='utf-8').read().split('\n')
                with open(os.path.join(tmp, name), 'w', encoding='utf-8') as f:
                    f.write('\n'.join(lines[first - 1:last]))
        cv = os.path.join(os.path.dirname(os.path.abspath(folder)), '..', 'tools', 'crossval.py')
        cv = os.environ.get('CROSSVAL', os.path.normpath(cv))
        return subprocess.call([sys.executable, cv, tmp] + rest)

if __name__ == '__main__':
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]))
