ln -s /tmp customers
