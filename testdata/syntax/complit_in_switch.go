package main

type T struct{ a int }

func main() {
	switch (T{}) {
	case T{1}:
	}
	switch T{} {
	}
}
