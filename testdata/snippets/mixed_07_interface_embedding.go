type Animal interface {
	Sound() string
}

type Base struct{ Name string }

func (b Base) Describe() string { return "I am " + b.Name }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Cat struct{ Base }

func (c *Cat) Sound() string { return "Meow" }

animals := []Animal{Dog{Base{"Rex"}, "lab"}, &Cat{Base{"Tom"}}}
for _, a := range animals {
	switch v := a.(type) {
	case Dog:
		fmt.Println(v.Describe(), v.Breed, v.Sound())
	case *Cat:
		fmt.Println(v.Describe(), v.Sound())
	}
}
_, ok := animals[0].(*Cat)
fmt.Println("dog is a cat:", ok)
