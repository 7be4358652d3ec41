module mvtool

go 1.26
